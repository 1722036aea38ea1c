// Parameters of `::layer-backprop` (scaffold: the widget's owner replaces this).
import { defineSchema } from '../schema';

export const schema = defineSchema({});

export type LayerBackpropSchema = typeof schema;
