// The widget kit: everything a widget needs besides src/experiments. Widgets import from here.
export { ParamControl, type Bound } from './ParamControl';
export { ParamControls } from './ParamControls';
export { Tex } from './Tex';
export { Swatch } from './Swatch';
export { cssVars, seriesColor } from './colors';
export { fmt, fmtPair, fmtSigned, formatNumber, pct } from './format';
export { KEEP, useLatestResult, type LatestResult } from './useLatestResult';
export { useSyncResult } from './useSyncResult';
export { useReport, type Stamped } from './useReport';
export { useResettableState } from './useResettableState';
export { useNearViewport } from './useNearViewport';
export { useElementWidth } from './useElementWidth';
export { useThemeColors } from './useThemeColors';
export { keepRecent } from './keepRecent';
export { useTransitionStore } from './useTransitionStore';
export { LiveChart, type LiveLine, type LiveMark, type LiveRow } from './LiveChart';
export { RunButtons } from './RunButtons';
export { DigitCanvas } from './DigitCanvas';
