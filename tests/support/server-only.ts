// Integration tests call services directly; "server-only" would throw outside React's server build.
export {};
