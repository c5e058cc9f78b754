// opencc-js exports every dictionary as `opencc-js/dict/<Name>` (its `./*` subpath export) but ships
// no types for them; each is a serialized dictionary string (`"key value|key value|…"`).
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
