// Parameters of `::mnist-inference` (scaffold: the widget's owner replaces this).
import { defineSchema } from '../schema';

export const schema = defineSchema({});

export type MnistInferenceSchema = typeof schema;
