import { types } from 'pg';

// Calendar dates stay 'YYYY-MM-DD' strings: turning them into JS Dates shifts them by
// the server's time zone. numeric and bigint already arrive as strings (exact).
types.setTypeParser(types.builtins.DATE, (value) => value);
