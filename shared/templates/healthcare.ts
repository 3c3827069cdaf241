// Journey template: a patient's path from a worry about their health to follow-up care.
import { defineTemplate } from './template-types';

export const healthcareTemplate = defineTemplate({
  name: 'Healthcare',
  description: 'Booking, attending and following up care.',
  persona: 'An adult patient with a worrying symptom, juggling work and family, who is unsure which service to use.',
  scope:
    'From noticing a problem to follow-up after a clinic appointment. In scope: finding the right service, booking, the visit, results and prescriptions. Out of scope: emergency care and hospital stays.',
  stages: ['Notice a problem', 'Find the right care', 'Book', 'Prepare', 'Appointment', 'Results and treatment', 'Follow-up'],
  channels: ['Web', 'App', 'Phone', 'Reception', 'Consultation room', 'Letter or text'],
  touchpoints: [
    { stage: 'Find the right care', channel: 'Web', title: 'Symptom advice page', description: 'Guidance on whether to see a pharmacist, a doctor or go to urgent care.', momentOfTruth: false },
    { stage: 'Book', channel: 'Phone', title: 'Morning call for an appointment', description: 'Patient calls when lines open and waits in a queue for a slot.', momentOfTruth: true },
    { stage: 'Prepare', channel: 'Letter or text', title: 'Appointment reminder', description: 'Text with the date, time, place and how to cancel.', momentOfTruth: false },
    { stage: 'Appointment', channel: 'Reception', title: 'Checking in', description: 'Patient confirms their details and is told how long the wait is.', momentOfTruth: false },
    { stage: 'Appointment', channel: 'Consultation room', title: 'Talking to the clinician', description: 'Patient explains the symptoms and hears what happens next.', momentOfTruth: true },
    { stage: 'Results and treatment', channel: 'App', title: 'Test results available', description: 'Results appear in the app, sometimes before anyone explains them.', momentOfTruth: true },
    { stage: 'Follow-up', channel: 'Phone', title: 'Repeat prescription request', description: 'Patient asks for more of the same medicine.', momentOfTruth: false },
  ],
});
