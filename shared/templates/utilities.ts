// Journey template: a household getting energy or water, from moving in to paying the bills.
import { defineTemplate } from './template-types';

export const utilitiesTemplate = defineTemplate({
  name: 'Utilities',
  description: 'Moving home, energy supply and bills.',
  persona: 'A household that has just moved home, wants the lights on from day one and a bill they can understand.',
  scope:
    'From moving in to the first year of bills. In scope: setting up the supply, meter readings, bills, payment trouble, outages and switching away. Out of scope: new connections for building work.',
  stages: ['Move in', 'Set up the account', 'First bill', 'Everyday supply', 'Payment trouble', 'Outage or fault', 'Switch or stay'],
  channels: ['Web', 'App', 'Phone', 'Letter', 'Home visit'],
  touchpoints: [
    { stage: 'Move in', channel: 'Web', title: 'Telling us you have moved', description: 'Form for the move-in date and the first meter reading.', momentOfTruth: false },
    { stage: 'Set up the account', channel: 'Letter', title: 'Welcome pack', description: 'Tariff, estimated monthly payment and how to reach us.', momentOfTruth: false },
    { stage: 'First bill', channel: 'App', title: 'First bill', description: 'Bill based on the opening reading, with the first direct debit.', momentOfTruth: true },
    { stage: 'Everyday supply', channel: 'App', title: 'Sending a meter reading', description: 'Customer types or photographs the reading.', momentOfTruth: false },
    { stage: 'Payment trouble', channel: 'Phone', title: 'Asking for a payment plan', description: 'Customer who cannot pay in full calls to spread the cost.', momentOfTruth: true },
    { stage: 'Outage or fault', channel: 'Web', title: 'Checking for a power cut', description: 'Map of known outages and when supply should be back.', momentOfTruth: true },
    { stage: 'Outage or fault', channel: 'Home visit', title: 'Engineer visit', description: 'Engineer checks the meter or the supply at the home.', momentOfTruth: false },
  ],
});
