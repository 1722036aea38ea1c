// The page's side of the mnist-inference (ch3) experiments (re-exported by client.ts).
export {};
