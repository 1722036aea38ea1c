// The page's side of the gradient-field and gradient-descent (ch4) experiments (re-exported by client.ts).
export {};
