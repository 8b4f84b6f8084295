import 'express-session';

declare module 'express-session' {
  interface SessionData {
    /** The signed-in account's id; absent before sign-in. */
    staffId?: string;
    /** When this sign-in happened (ms): refused once the account was signed out everywhere after it. */
    startedAt?: number;
    /** The synchronizer token every changing request must send back (header or form field). */
    csrf?: string;
  }
}
