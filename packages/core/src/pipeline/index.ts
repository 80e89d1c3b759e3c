export { linkPeople, type PeopleLinks } from "./link-people.js";
export { hxlOf, type PreparedTable, type PrepareOptions, prepareTable } from "./prepare-table.js";
export { pseudonymisePrepared } from "./pseudonymise-prepared.js";
