// Parameters of `::computational-graph` (scaffold: the widget's owner replaces this).
import { defineSchema } from '../schema';

export const schema = defineSchema({});

export type ComputationalGraphSchema = typeof schema;
