export { type LoadKeyOptions, loadKey } from "./load-key.js";
export { writeKeyFile } from "./write-key-file.js";
