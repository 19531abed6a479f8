"use strict";exports.id=8,exports.ids=[8],exports.modules={1627:(s,r,e)=>{e.d(r,{fromEnv:()=>o.sF});var o=e(3099)}};
//# sourceMappingURL=8.index.js.map