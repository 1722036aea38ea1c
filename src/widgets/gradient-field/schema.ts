// Parameters of `::gradient-field` (scaffold: the widget's owner replaces this).
import { defineSchema } from '../schema';

export const schema = defineSchema({});

export type GradientFieldSchema = typeof schema;
