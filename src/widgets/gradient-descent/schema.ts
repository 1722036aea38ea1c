// Parameters of `::gradient-descent` (scaffold: the widget's owner replaces this).
import { defineSchema } from '../schema';

export const schema = defineSchema({});

export type GradientDescentSchema = typeof schema;
