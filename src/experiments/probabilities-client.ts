// The page's side of the softmax and loss-functions (ch3, ch4) experiments (re-exported by client.ts).
export {};
