// The shapes of the numbers gradient-check prints, as the kit's Slot templates: they hold a
// number's room in running text until it is in.

/** The shape of fmtSci's numbers (1.3e−3); a loss with 4 decimals takes the kit's DEC4_SHAPE. */
export const SCI_SHAPE = '0.0e−0';
