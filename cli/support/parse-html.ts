// One home for the linkedom parse: the extension's analysis worker runs the same (lib/app).
export { parseHtml } from '../../lib/app/parse-html';
