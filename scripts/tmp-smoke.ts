import { freshDatabase } from "../tests/support/database";
const url = await freshDatabase("rab_ha_smoke");
console.log(url);
