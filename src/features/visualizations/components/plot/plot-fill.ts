import { createContext } from 'react';

/** True inside a full-screen view: charts fill the height of their box instead of their figure's height. */
export const PlotFillContext = createContext(false);
