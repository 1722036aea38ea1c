// Parameters of `::softmax` (scaffold: the widget's owner replaces this).
import { defineSchema } from '../schema';

export const schema = defineSchema({});

export type SoftmaxSchema = typeof schema;
