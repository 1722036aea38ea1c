// Parameters of `::gradient-check` (scaffold: the widget's owner replaces this).
import { defineSchema } from '../schema';

export const schema = defineSchema({});

export type GradientCheckSchema = typeof schema;
