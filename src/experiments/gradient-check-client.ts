// The page's side of the gradient-check (ch5) experiments (re-exported by client.ts).
export {};
