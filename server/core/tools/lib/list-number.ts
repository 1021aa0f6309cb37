/** A list's numbering before a row name: 一、 （一） （1） 2、 3. (never the digits of a name: 2.5 stays) */
export const LIST_NUMBER = /^(?:[一二三四五六七八九十]+、|\d{1,2}(?:、|[.．](?!\d))|[(（][一二三四五六七八九十\d]+[)）])\s*/
