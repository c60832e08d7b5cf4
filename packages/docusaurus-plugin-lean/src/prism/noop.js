// Stands in for a client module that would do nothing here (see index.ts).
export {};
