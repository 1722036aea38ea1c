// Every drawn figure, by name (chapters 2–5 and 6–8 keep their own lists).
import type { FigureEntry } from './types';
import { figures as ch2to5 } from './ch2-5';
import { figures as ch6to8 } from './ch6-8';

export const FIGURES: Record<string, FigureEntry> = { ...ch2to5, ...ch6to8 };
