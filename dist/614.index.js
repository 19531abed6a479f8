export const id = 614;

export const ids = [ 614 ];

export const modules = {
    6614: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__), __webpack_require__.d(__webpack_exports__, {
            createImage: () => createImage,
            createImageVersion: () => createImageVersion,
            createSageMakerClient: () => createSageMakerClient,
            describeImage: () => describeImage,
            describeImageVersion: () => describeImageVersion,
            newestCreatedVersion: () => newestCreatedVersion,
            updateAliases: () => updateAliases,
            versionHoldingAlias: () => versionHoldingAlias
        });
        var external_node_http_ = __webpack_require__(7067), external_node_https_ = __webpack_require__(4708), SageMakerClient = __webpack_require__(1726), CreateImageVersionCommand = __webpack_require__(7994), DescribeImageVersionCommand = __webpack_require__(9625), CreateImageCommand = __webpack_require__(6326), DescribeImageCommand = __webpack_require__(4155), ListImageVersionsCommand = __webpack_require__(3353), UpdateImageVersionCommand = __webpack_require__(8381), errors = __webpack_require__(3916);
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
        async function call(operation, send) {
            try {
                return await send();
            } catch (error) {
                throw new errors.xz(operation, error);
            }
        }
        const isNotFound = error => "ResourceNotFound" === (0, errors.u2)(error).name;
        async function createImageVersion(client, request) {
            const response = await call("CreateImageVersion", () => client.send(new CreateImageVersionCommand.P(request)));
            if (!response.ImageVersionArn) throw new Error("CreateImageVersion answered without an ARN");
            return response.ImageVersionArn;
        }
        function describeImageVersion(client, imageName, version) {
            return call("DescribeImageVersion", () => client.send(new DescribeImageVersionCommand.s({
                ImageName: imageName,
                Version: version
            })));
        }
        async function versionHoldingAlias(client, imageName, alias) {
            try {
                const response = await call("DescribeImageVersion", () => client.send(new DescribeImageVersionCommand.s({
                    ImageName: imageName,
                    Alias: alias
                })));
                if (void 0 === response.Version) return;
                return {
                    version: response.Version,
                    baseImage: response.BaseImage ?? ""
                };
            } catch (error) {
                if (isNotFound(error)) return;
                throw error;
            }
        }
        async function createImage(client, request) {
            await call("CreateImage", () => client.send(new CreateImageCommand.T(request)));
        }
        async function describeImage(client, imageName) {
            try {
                return await call("DescribeImage", () => client.send(new DescribeImageCommand.y({
                    ImageName: imageName
                })));
            } catch (error) {
                if (isNotFound(error)) return;
                throw error;
            }
        }
        async function newestCreatedVersion(client, imageName) {
            let nextToken;
            try {
                do {
                    const page = await call("ListImageVersions", () => client.send(new ListImageVersionsCommand.a({
                        ImageName: imageName,
                        SortBy: "CREATION_TIME",
                        SortOrder: "DESCENDING",
                        MaxResults: 100,
                        ...void 0 === nextToken ? {} : {
                            NextToken: nextToken
                        }
                    }))), created = page.ImageVersions?.find(v => "CREATED" === v.ImageVersionStatus);
                    if (void 0 !== created) return created;
                    nextToken = page.NextToken;
                } while (nextToken);
            } catch (error) {
                if (isNotFound(error)) return;
                throw error;
            }
        }
        async function updateAliases(client, imageName, version, change) {
            await call("UpdateImageVersion", () => client.send(new UpdateImageVersionCommand.q({
                ImageName: imageName,
                Version: version,
                ...change.add?.length ? {
                    AliasesToAdd: [ ...change.add ]
                } : {},
                ...change.remove?.length ? {
                    AliasesToDelete: [ ...change.remove ]
                } : {}
            })));
        }
    }
};