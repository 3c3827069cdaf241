// Journey template: a resident applying to a public body for a permit, benefit or service.
import { defineTemplate } from './template-types';

export const publicServiceTemplate = defineTemplate({
  name: 'Public service',
  description: 'Applying to a public body for a permit.',
  persona: 'A resident applying for a permit or support for the first time, unsure of the rules and worried about getting it wrong.',
  scope:
    'From finding out what they are entitled to until a decision and any appeal. In scope: information, the application, evidence, updates, the decision and appeals. Out of scope: how cases are assessed internally.',
  stages: ['Find out', 'Check eligibility', 'Apply', 'Send evidence', 'Wait for a decision', 'Decision', 'Appeal or renew'],
  channels: ['Website', 'Online account', 'Phone', 'Service desk', 'Letter', 'E-mail'],
  // A full day: many services and channels to map, and more voices to hear before voting.
  agenda: [
    { phase: 'frame', minutes: 30 },
    { phase: 'map', minutes: 60 },
    { phase: 'rate', minutes: 40 },
    { phase: 'diagnose', minutes: 30 },
    { phase: 'fix', minutes: 45 },
    { phase: 'vote', minutes: 20 },
    { phase: 'plan', minutes: 40 },
    { phase: 'export', minutes: 5 },
  ],
  touchpoints: [
    { stage: 'Find out', channel: 'Website', title: 'Guidance page', description: 'Who can apply, what it costs and how long it takes.', momentOfTruth: false },
    { stage: 'Check eligibility', channel: 'Website', title: 'Eligibility questions', description: 'A few questions that say whether it is worth applying.', momentOfTruth: false },
    { stage: 'Apply', channel: 'Online account', title: 'Online application form', description: 'Resident fills in the form and can save and return later.', momentOfTruth: true },
    { stage: 'Send evidence', channel: 'Service desk', title: 'Showing original documents', description: 'Resident books a visit to show documents in person.', momentOfTruth: false },
    { stage: 'Wait for a decision', channel: 'Phone', title: 'Calling to ask for progress', description: 'Resident calls because they have heard nothing for weeks.', momentOfTruth: true },
    { stage: 'Decision', channel: 'Letter', title: 'Decision letter', description: 'Letter with the outcome, the reasons and what to do next.', momentOfTruth: true },
    { stage: 'Appeal or renew', channel: 'E-mail', title: 'Renewal reminder', description: 'Reminder sent before the permit or support runs out.', momentOfTruth: false },
  ],
});
