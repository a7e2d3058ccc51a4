// Types for the part of xml-writer the GraphML writer uses; the package ships none.
declare module "xml-writer" {
  export default class XMLWriter {
    /** `indent`: true for four spaces, or the string to indent with. */
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    startAttribute(name: string): this;
    endAttribute(): this;
    /** Escapes `&`, `<` and `>` in text; `&`, `<`, `"`, tab, LF and CR in an attribute. */
    text(content: string | number): this;
    /** Writes markup as it is, for a character reference the escaping of `text` cannot produce. */
    writeRaw(content: string): this;
    /** Closes every open element and returns the document. */
    toString(): string;
  }
}
