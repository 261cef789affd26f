/** vnu-jar's CommonJS export: the path of vnu.jar (a String object). */
declare module 'vnu-jar' {
  const jar: string;
  export default jar;
}
