// Journey template: opening and living with an everyday current account at a bank.
import { defineTemplate } from './template-types';

export const bankingTemplate = defineTemplate({
  name: 'Banking',
  description: 'Opening and using a current account.',
  persona: 'Someone moving their salary to a new bank, who does most things on their phone but wants a person when money goes missing.',
  scope:
    'From choosing a bank to the first year with the account. In scope: opening the account, switching, cards, payments, disputes and closing. Out of scope: loans, mortgages and business banking.',
  stages: ['Explore', 'Apply', 'Verify identity', 'Switch and set up', 'Everyday banking', 'Sort a problem', 'Stay or leave'],
  channels: ['Web', 'App', 'Branch', 'Phone', 'Post'],
  touchpoints: [
    { stage: 'Explore', channel: 'Web', title: 'Account comparison page', description: 'Fees, interest and perks of each account in one table.', momentOfTruth: false },
    { stage: 'Apply', channel: 'App', title: 'Application form', description: 'Personal details, income and address history, filled in on the phone.', momentOfTruth: false },
    { stage: 'Verify identity', channel: 'App', title: 'Photo ID and selfie check', description: 'Customer photographs their ID and records a short video.', momentOfTruth: true },
    { stage: 'Switch and set up', channel: 'Post', title: 'Card and PIN arrive', description: 'Debit card and PIN sent in separate letters.', momentOfTruth: false },
    { stage: 'Everyday banking', channel: 'App', title: 'Checking the balance', description: 'Logging in to see the balance and recent payments.', momentOfTruth: false },
    { stage: 'Sort a problem', channel: 'Phone', title: 'Reporting a payment I did not make', description: 'Customer calls about an unknown card payment and asks for the money back.', momentOfTruth: true },
    { stage: 'Sort a problem', channel: 'Branch', title: 'Help at the counter', description: 'Customer brings documents to the branch to fix a blocked account.', momentOfTruth: true },
    { stage: 'Stay or leave', channel: 'Web', title: 'Closing the account', description: 'What the customer must do to move their money and close the account.', momentOfTruth: false },
  ],
});
