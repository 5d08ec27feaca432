// What the global setup hands every test file.
export interface StackInfo {
  apiUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  dbUrl: string;
  jwtSecret: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
    /** The folder of the console's production build for this run's stack. */
    consoleBuild: string;
  }
}
