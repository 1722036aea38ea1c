// The page's side of the computational-graph and layer-backprop (ch5) experiments (re-exported by client.ts).
export {};
