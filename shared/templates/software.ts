// Journey template: a small business trying, buying and living with a subscription software product.
import { defineTemplate } from './template-types';

export const softwareTemplate = defineTemplate({
  name: 'Subscription software',
  description: 'Trying, paying for and renewing a service.',
  persona: 'The office manager of a small business who chooses and pays for the tools the team uses, with little time and no IT department.',
  scope:
    'From hearing about the product to the first renewal. In scope: the free trial, onboarding, billing, support and cancelling. Out of scope: large enterprise contracts and partner resellers.',
  stages: ['Discover', 'Free trial', 'Subscribe', 'Set up', 'Everyday use', 'Get help', 'Renew or cancel'],
  channels: ['Website', 'In the product', 'E-mail', 'Live chat', 'Phone', 'Help centre'],
  // A half-day session: product teams skip the separate Insights step and read the heatmap while fixing.
  agenda: [
    { phase: 'frame', minutes: 10 },
    { phase: 'map', minutes: 30 },
    { phase: 'rate', minutes: 20 },
    { phase: 'fix', minutes: 30 },
    { phase: 'vote', minutes: 10 },
    { phase: 'plan', minutes: 20 },
    { phase: 'export', minutes: 5 },
  ],
  touchpoints: [
    { stage: 'Discover', channel: 'Website', title: 'Pricing page', description: 'Plans, limits and prices per user, side by side.', momentOfTruth: false },
    { stage: 'Free trial', channel: 'In the product', title: 'First screen after sign-up', description: 'Empty workspace with a short checklist of first steps.', momentOfTruth: true },
    { stage: 'Free trial', channel: 'E-mail', title: 'Trial ending reminder', description: 'A note a few days before the trial ends, explaining what happens next.', momentOfTruth: false },
    { stage: 'Subscribe', channel: 'In the product', title: 'Entering card details', description: 'Choosing a plan and paying inside the product.', momentOfTruth: true },
    { stage: 'Set up', channel: 'Help centre', title: 'Importing existing data', description: 'Guide to bring in records from a spreadsheet or another tool.', momentOfTruth: false },
    { stage: 'Get help', channel: 'Live chat', title: 'Chat with support', description: 'Customer asks why a feature is missing from their plan.', momentOfTruth: true },
    { stage: 'Renew or cancel', channel: 'Website', title: 'Cancelling the subscription', description: 'Steps to cancel, and what happens to the data afterwards.', momentOfTruth: true },
  ],
});
