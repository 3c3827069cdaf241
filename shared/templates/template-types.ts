/**
 * The shape of a journey template: plain data a facilitator starts from and
 * then edits. Touchpoints name their stage and channel, and `defineTemplate`
 * makes the compiler check that every name is one of the template's own, so
 * no example card can point at a cell that does not exist.
 */
import type { AgendaItem } from '../model';

export interface TemplateTouchpoint<S extends string, C extends string> {
  readonly stage: S;
  readonly channel: C;
  readonly title: string;
  readonly description: string;
  /** A moment that decides whether the customer stays or leaves. */
  readonly momentOfTruth: boolean;
}

export interface JourneyTemplateData<S extends string = string, C extends string = string> {
  /** Shown in the picker. */
  readonly name: string;
  /** One line for the picker: which journey this is. */
  readonly description: string;
  /** Who the customer is; a starting point to edit. */
  readonly persona: string;
  /** What journey, and what is in or out; a starting point to edit. */
  readonly scope: string;
  readonly stages: readonly S[];
  readonly channels: readonly C[];
  readonly touchpoints: readonly TemplateTouchpoint<S, C>[];
  /** The agenda this kind of workshop usually runs to; the usual one when absent. */
  readonly agenda?: readonly AgendaItem[];
}

/** Identity at runtime; at compile time it ties each touchpoint to the template's own stages and channels. */
export function defineTemplate<const S extends string, const C extends string>(
  data: Omit<JourneyTemplateData<S, C>, 'touchpoints'> & {
    // NoInfer: the names come from `stages` and `channels` only, so a misspelt card is an error.
    readonly touchpoints: readonly TemplateTouchpoint<NoInfer<S>, NoInfer<C>>[];
  },
): JourneyTemplateData {
  return data;
}
