// Parameters of `::loss-functions` (scaffold: the widget's owner replaces this).
import { defineSchema } from '../schema';

export const schema = defineSchema({});

export type LossFunctionsSchema = typeof schema;
