export const id = 564;

export const ids = [ 564 ];

export const modules = {
    3564: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            readRunContext: () => readRunContext
        });
        var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
        function readRunContext() {
            const asText = n => Number.isSafeInteger(n) && n >= 0 ? String(n) : "";
            return {
                sha: _actions_github__WEBPACK_IMPORTED_MODULE_0__._.sha ?? "",
                runId: asText(_actions_github__WEBPACK_IMPORTED_MODULE_0__._.runId),
                runAttempt: asText(_actions_github__WEBPACK_IMPORTED_MODULE_0__._.runAttempt)
            };
        }
    }
};