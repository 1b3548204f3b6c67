/** A calendar date as days since 1970-01-01 (UTC), the engine's date type. */
export type Day = number;
