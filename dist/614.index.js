export const id = 614;

export const ids = [ 614 ];

export const modules = {
    6614: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__), __webpack_require__.d(__webpack_exports__, {
            createImageVersion: () => createImageVersion,
            createSageMakerClient: () => createSageMakerClient
        });
        var external_node_http_ = __webpack_require__(7067), external_node_https_ = __webpack_require__(4708), SageMakerClient = __webpack_require__(1726), CreateImageVersionCommand = __webpack_require__(8404);
        const ACTION_NAME = "sagemaker-image-version-action", ACTION_VERSION = "1.0.0";
        function createSageMakerClient(settings) {
            const agentOptions = {
                keepAlive: !0,
                proxyEnv: process.env
            };
            return new SageMakerClient.k({
                region: settings.region,
                maxAttempts: settings.maxAttempts,
                customUserAgent: [ [ ACTION_NAME, ACTION_VERSION ], ..."" === settings.runId ? [] : [ [ "gha-run", settings.runId ] ] ],
                requestHandler: {
                    connectionTimeout: settings.httpTimeoutMs,
                    requestTimeout: settings.httpTimeoutMs,
                    httpAgent: new external_node_http_.Agent(agentOptions),
                    httpsAgent: new external_node_https_.Agent(agentOptions)
                }
            });
        }
        async function createImageVersion(client, request) {
            const response = await client.send(new CreateImageVersionCommand.P(request));
            if (!response.ImageVersionArn) throw new Error("CreateImageVersion answered without an ImageVersionArn");
            return response.ImageVersionArn;
        }
    }
};