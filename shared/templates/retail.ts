// Journey template: buying something from a shop that sells both online and on the high street.
import { defineTemplate } from './template-types';

export const retailTemplate = defineTemplate({
  name: 'Retail',
  description: 'Buying from a shop, online and in store.',
  persona: 'A regular shopper buying for their home, who compares prices online and sometimes visits a store.',
  scope:
    'From first looking for a product to a return or repeat purchase. In scope: online and in-store buying, delivery, returns. Out of scope: business customers and the loyalty scheme rules.',
  stages: ['Discover', 'Compare', 'Buy', 'Delivery or collection', 'Use', 'Returns and help', 'Buy again'],
  channels: ['Web', 'App', 'Store', 'Phone', 'E-mail'],
  touchpoints: [
    { stage: 'Discover', channel: 'Web', title: 'Search results page', description: 'Customer searches for a product and scans the first page of results.', momentOfTruth: false },
    { stage: 'Compare', channel: 'Store', title: 'Asking staff on the shop floor', description: 'Customer asks a colleague which model suits them best.', momentOfTruth: false },
    { stage: 'Buy', channel: 'Web', title: 'Checkout and payment', description: 'Basket, delivery choice and payment in one flow.', momentOfTruth: true },
    { stage: 'Delivery or collection', channel: 'E-mail', title: 'Delivery slot confirmation', description: 'E-mail with the delivery day, a time window and a tracking link.', momentOfTruth: false },
    { stage: 'Delivery or collection', channel: 'Store', title: 'Click and collect pick-up', description: 'Customer collects the order at the service desk.', momentOfTruth: true },
    { stage: 'Returns and help', channel: 'App', title: 'Starting a return', description: 'Customer chooses a reason and gets a returns label or QR code.', momentOfTruth: true },
    { stage: 'Buy again', channel: 'E-mail', title: 'Offer after purchase', description: 'Suggestions based on what the customer bought last time.', momentOfTruth: false },
  ],
});
