/**
 * Kinds of touchpoint, as a team names them on sticky notes: the palette's
 * general kinds, and for each kind of channel the ones usually found there.
 * A cell's "+" offers its channel's kinds first as it is typed into; any
 * other title is just as welcome.
 *
 * Channels are named by each workshop, so a channel's kinds are found by
 * words in its name ("Website" and "Online account" are both web; "Branch",
 * "Reception" and "Service desk" are all in person).
 */

/** The palette: one general kind for each common channel. */
export const PALETTE_KINDS = [
  'Web page',
  'App screen',
  'Phone menu',
  'Live call',
  'Live chat',
  'E-mail',
  'Store visit',
  'Letter',
  'Social post',
] as const;

interface ChannelKinds {
  /** Words that mark a channel of this kind, matched at word starts and ignoring case. */
  readonly words: readonly string[];
  readonly kinds: readonly string[];
}

const CHANNEL_KINDS: readonly ChannelKinds[] = [
  { words: ['web', 'site', 'online', 'portal', 'help centre', 'help center'], kinds: ['Web page', 'Search results', 'Online form', 'Account page', 'Help article'] },
  { words: ['app', 'product', 'mobile'], kinds: ['App screen', 'Push notification', 'In-app message', 'Sign-up'] },
  { words: ['phone', 'call', 'contact centre', 'contact center'], kinds: ['Phone menu', 'Live call', 'Call-back', 'Hold queue'] },
  { words: ['chat'], kinds: ['Live chat', 'Chatbot'] },
  { words: ['e-mail', 'email', 'mail'], kinds: ['E-mail', 'Newsletter', 'Receipt', 'Reminder'] },
  { words: ['text', 'sms'], kinds: ['Text message'] },
  {
    words: ['store', 'shop', 'branch', 'desk', 'reception', 'office', 'room', 'visit', 'counter', 'in person'],
    kinds: ['Store visit', 'Conversation with staff', 'Queue', 'Signage', 'Appointment'],
  },
  { words: ['letter', 'post', 'paper'], kinds: ['Letter', 'Bill', 'Leaflet', 'Form'] },
  { words: ['social', 'community', 'forum', 'review'], kinds: ['Social post', 'Review', 'Direct message'] },
];

function startsAWord(name: string, word: string): boolean {
  const lower = name.toLowerCase();
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    if (at === 0 || !/[a-z0-9]/.test(lower.charAt(at - 1))) return true;
  }
  return false;
}

/**
 * The kinds to suggest in a channel's cells: those of every kind of channel
 * its name matches, then the palette's, each once. A channel no word matches
 * ("Word of mouth") gets the palette's kinds.
 */
export function kindsForChannel(channelName: string): readonly string[] {
  const matched = CHANNEL_KINDS.filter((entry) => entry.words.some((word) => startsAWord(channelName, word)));
  return [...new Set([...matched.flatMap((entry) => entry.kinds), ...PALETTE_KINDS])];
}
