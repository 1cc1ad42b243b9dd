// Loads a JSON Schema from a URL and resolves every $ref the way form libraries do, with
// @apidevtools/json-schema-ref-parser (no code of this project); prints the result, or the error and exit code 1.
// Its guard against loopback URLs is off: the API under test listens on loopback.
const { $RefParser } = require('@apidevtools/json-schema-ref-parser');

$RefParser.dereference(process.argv[2], { resolve: { http: { safeUrlResolver: false } } }).then(
  (schema) => process.stdout.write(JSON.stringify(schema)),
  (error) => {
    process.stderr.write(String(error));
    process.exit(1);
  });
