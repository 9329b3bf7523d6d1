export const id = 8469;
export const ids = [8469];
export const modules = {

/***/ 78469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bouncesScanCommand: () => (/* binding */ bouncesScanCommand)
/* harmony export */ });
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32853);

async function bouncesScanCommand(args, io) {
    const { bounceScanAction } = await __webpack_require__.e(/* import() */ 1174).then(__webpack_require__.bind(__webpack_require__, 1174));
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_0__.runActionWithFlags)(bounceScanAction, args, io, 'shipgate mail bounces-scan');
}


/***/ })

};
