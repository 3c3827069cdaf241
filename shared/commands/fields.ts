/**
 * Field schemas several commands share: positions, owners' names, round
 * numbers. Each command's own fields are in its area's definition file.
 */
import { z } from 'zod';
import { NAME_MAX } from '../model';

/** A position among siblings, counted from 0; past the end means the end. */
export const indexField = z.number().int().min(0);

export const ownerField = z.string().trim().max(NAME_MAX, `Keep names to ${NAME_MAX} characters or fewer.`);

export const dotsPerFixField = z.number().int().min(1).max(50);
