/** CSS imported as text (esbuild's text loader): adopted into shadow roots. */
declare module '*.css' {
  const css: string
  export default css
}
