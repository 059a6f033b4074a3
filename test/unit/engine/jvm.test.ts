import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { isLibraryFrame } from '../../../src/core/parse/frames';
import { parseNodeFrame } from '../../../src/core/parse/nodeFrame';

// JVM stacks (Java, Kotlin) print `at package.Type.method(File.java:14)`: no folder, so the
// method's package says whether the frame is the user's.
describe('JVM stacks', () => {
  it('reads a frame: qualified method, source file and line', () => {
    assert.deepEqual(parseNodeFrame('\tat com.example.demo.App.main(App.java:14)'), { file: 'App.java', line: 14, function: 'com.example.demo.App.main' });
    assert.deepEqual(parseNodeFrame('\tat java.base/java.lang.Thread.run(Thread.java:833)'), {
      file: 'Thread.java',
      line: 833,
      function: 'java.base/java.lang.Thread.run',
    });
    assert.equal(parseNodeFrame('\tat jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)'), null);
  });

  it("tells the platform's, a framework's and an AI SDK's frames from the user's", () => {
    const frame = (fn: string, file: string) => ({ file, line: 1, function: fn });
    assert.equal(isLibraryFrame(frame('java.base/java.lang.Thread.run', 'Thread.java')), true);
    assert.equal(isLibraryFrame(frame('org.springframework.ai.retry.RetryUtils$1.handleError', 'RetryUtils.java')), true);
    assert.equal(isLibraryFrame(frame('dev.ai4j.openai4j.Utils.toException', 'Utils.java')), true);
    // Tools4AI, an agent framework over several providers' SDKs; a package that only starts alike is the user's.
    assert.equal(isLibraryFrame(frame('com.t4a.processor.GeminiImageActionProcessor.imageToText', 'GeminiImageActionProcessor.java')), true);
    assert.equal(isLibraryFrame(frame('com.t4analytics.App.main', 'App.java')), false);
    // The providers' own Java SDKs, from their packs' `jvmPackages`.
    assert.equal(isLibraryFrame(frame('com.openai.core.http.HttpClient.execute', 'HttpClient.kt')), true);
    assert.equal(isLibraryFrame(frame('com.azure.core.http.HttpPipeline.send', 'HttpPipeline.java')), true);
    assert.equal(isLibraryFrame(frame('com.anthropic.services.blocking.MessageServiceImpl.create', 'MessageServiceImpl.kt')), true);
    assert.equal(isLibraryFrame(frame('com.example.ChatController.chat', 'ChatController.java')), false);
  });

  it("puts langchain4j's and Spring AI's failures on the user's frame; a non-AI exception says nothing", () => {
    const body = (message: string, code: string) =>
      [
        '{',
        '    "error": {',
        `        "message": "${message}",`,
        '        "type": "invalid_request_error",',
        '        "param": null,',
        `        "code": "${code}"`,
        '    }',
        '}',
      ].join('\n');
    const langchain4j = [
      `Exception in thread "main" dev.ai4j.openai4j.OpenAiHttpException: ${body('Incorrect API key provided: sk-XXXX.', 'invalid_api_key')}`,
      '\tat dev.ai4j.openai4j.Utils.toException(Utils.java:5)',
      '\tat dev.ai4j.openai4j.SyncRequestExecutor.execute(SyncRequestExecutor.java:29)',
      '\tat com.example.demo.App.main(App.java:14)',
    ].join('\n');
    const spring = [
      `org.springframework.ai.retry.NonTransientAiException: 403 - ${body('Project `proj_abc` does not have access to model `gpt-4o`', 'model_not_found')}`,
      '\tat org.springframework.ai.autoconfigure.retry.SpringAiRetryAutoConfiguration$2.handleError(SpringAiRetryAutoConfiguration.java:95)',
      '\tat com.example.ChatController.chat(ChatController.java:22)',
    ].join('\n');
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}/${i.userFrame?.file}:${i.userFrame?.line}`);
    assert.deepEqual(read(langchain4j), ['openai/invalid-token/null/null/App.java:14']);
    assert.deepEqual(read(spring), ['openai/model-access/403/gpt-4o/ChatController.java:22']);
    assert.deepEqual(
      read('Exception in thread "main" java.io.FileNotFoundException: config.json (No such file or directory)\n\tat com.example.demo.App.main(App.java:9)\n'),
      [],
    );
  });

  it("reads a frame Logback prints with its jar after it, and a module's version", () => {
    assert.deepEqual(parseNodeFrame('\tat com.ashin.service.Chat.ask(Chat.java:33) ~[classes/:na]'), {
      file: 'Chat.java',
      line: 33,
      function: 'com.ashin.service.Chat.ask',
    });
    assert.deepEqual(parseNodeFrame('\tat com.theokanning.openai.OpenAiService.execute(OpenAiService.java:116) [client-0.9.0.jar:na]'), {
      file: 'OpenAiService.java',
      line: 116,
      function: 'com.theokanning.openai.OpenAiService.execute',
      jar: 'client-0.9.0.jar',
    });
    // A Spring Boot fat jar's nested jar.
    assert.equal(
      parseNodeFrame('\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:9) ~[spring-web-6.1.4.jar!/:6.1.4]')?.jar,
      'spring-web-6.1.4.jar',
    );
    assert.deepEqual(parseNodeFrame('\tat java.base@17.0.2/java.lang.Thread.run(Thread.java:833)')?.line, 833);
    // Control: a jar without a source location is no place.
    assert.equal(parseNodeFrame('\tat jdk.proxy2/jdk.proxy2.$Proxy75.getChatCompletionsSync(Unknown Source) ~[na:na]'), null);
  });

  it("takes a frame Logback prints from a dependency's jar for library code, unless the jar holds the platform too", () => {
    const stack = (jar: string) =>
      [
        'io.agentscope.core.model.exception.NotFoundException: OpenAI API request failed with status 404 | {"error":{"code":"404","message": "Resource not found"}}',
        `\tat io.agentscope.core.model.OpenAIClient.call(OpenAIClient.java:296) ~[${jar}:na]`,
        `\tat reactor.core.publisher.FluxDefer.subscribe(FluxDefer.java:46) ~[${jar === 'agentscope-1.0.6.jar' ? 'reactor-core-3.7.8.jar' : jar}:3.7.8]`,
        '\tat com.example.Chat.ask(Chat.java:12) ~[classes/:na]',
        '',
      ].join('\n');
    const frame = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.userFrame?.file}:${i.userFrame?.line}`);
    // A framework's jar: the user's frame is the app's class below it.
    assert.deepEqual(frame(stack('agentscope-1.0.6.jar')), ['azure-openai/destination-not-found/Chat.java:12']);
    // Control: a shaded jar holding reactor as well is the app's own, so the innermost class outside the platform is the user's.
    assert.deepEqual(frame(stack('app-all.jar')), ['azure-openai/destination-not-found/OpenAIClient.java:296']);
  });

  it("reads Retrofit's HttpException from an OpenAI client's call; the same exception from another API says nothing", () => {
    const stack = (client: string) =>
      [
        'Exception in thread "main" retrofit2.adapter.rxjava2.HttpException: HTTP 401 Unauthorized',
        '\tat retrofit2.adapter.rxjava2.BodyObservable$BodyObserver.onNext(BodyObservable.java:57)',
        '\tat io.reactivex.Single.blockingGet(Single.java:2869)',
        `\tat ${client}(Service.java:91)`,
        '\tat com.example.App.main(App.java:14)',
        '',
      ].join('\n');
    const openai = scanText(stack('com.theokanning.openai.OpenAiService.createCompletion'));
    assert.deepEqual(
      openai.map((i) => [i.provider, i.cause, i.status, i.userFrame?.file]),
      [['openai', 'invalid-token', 401, 'App.java']],
    );
    assert.deepEqual(scanText(stack('com.example.museum.MuseumApi.search')), []);
  });

  it("reads a stack with its `Caused by:` as one failure, and a LangChain4j or Spring AI provider module's frames as that provider's", () => {
    const stack = (module: string) =>
      [
        'java.lang.RuntimeException: java.lang.RuntimeException: status code: 404; body: {"detail":"Not Found"}',
        '\tat dev.langchain4j.internal.RetryUtils.withRetry(RetryUtils.java:229)',
        `\tat dev.langchain4j.model.${module}.ModerationModel.moderate(ModerationModel.java:49)`,
        '\tat com.example.App.main(App.java:7)',
        'Caused by: java.lang.RuntimeException: status code: 404; body: {"detail":"Not Found"}',
        `\tat dev.langchain4j.model.${module}.internal.client.DefaultClient.toException(DefaultClient.java:239)`,
        '\t... 3 more',
        '',
      ].join('\n');
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.userFrame?.file}:${i.userFrame?.line}`);
    assert.deepEqual(read(stack('mistralai')), ['mistral/destination-not-found/404/App.java:7']);
    // Control: the same stack from a module of no provider here (Ollama's) says nothing.
    assert.deepEqual(read(stack('ollama')), []);
    // Control: two stacks one under the other, the second without `Caused by:`, are two failures.
    const twice = stack('mistralai').replace('Caused by: ', '\n');
    assert.equal(scanText(twice).length, 2);
  });

  it('reads the JVM\'s `Exception in thread "main"` head, and the status a Stainless Java SDK puts first; a rate limit says nothing', () => {
    const stack = (body: string) =>
      [
        `Exception in thread "main" com.anthropic.errors.UnauthorizedException: ${body}`,
        '\tat com.anthropic.core.handlers.ErrorHandler$withErrorHandler$1.handle(ErrorHandler.kt:57)',
        '\tat com.example.Main.main(Main.java:20)',
        '',
      ].join('\n');
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.errorClass}/${i.userFrame?.file}:${i.userFrame?.line}`);
    assert.deepEqual(read(stack('401: {type=error, error={type=authentication_error, message=invalid x-api-key}}')), [
      'anthropic/invalid-token/401/com.anthropic.errors.UnauthorizedException/Main.java:20',
    ]);
    assert.deepEqual(read(stack('429: {type=error, error={type=rate_limit_error, message=Number of requests has exceeded your rate limit}}')), []);
  });

  it("reads a crash copied from logcat with its columns on every line, the app's frame included", () => {
    const crash = (head: string) =>
      [
        'E/AndroidRuntime( 2345): FATAL EXCEPTION: main',
        `E/AndroidRuntime( 2345): ${head}`,
        'E/AndroidRuntime( 2345): \tat com.example.chat.ApiClient.call(ApiClient.kt:69)',
        'E/AndroidRuntime( 2345): \tat com.example.chat.MainActivity.ask(MainActivity.kt:42)',
        '',
      ].join('\n');
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.userFrame?.file}:${i.userFrame?.line}`);
    const openai =
      'com.openai.errors.UnauthorizedException: 401: OpenAIError{additionalProperties={error={message=Incorrect API key provided: sk-XXXX., type=invalid_request_error, param=null, code=invalid_api_key}}}';
    assert.deepEqual(read(crash(openai)), ['openai/invalid-token/401/ApiClient.kt:69']);
    // Control: the app's own API refusing its session says nothing.
    assert.deepEqual(read(crash('com.example.chat.SessionException: 401: Session expired, sign in again')), []);
  });

  it("takes openai-kotlin's and the Gemini Android SDK's frames for library code, its class for the status", () => {
    const frame = (fn: string, file: string) => ({ file, line: 1, function: fn });
    assert.equal(isLibraryFrame(frame('com.aallam.openai.client.internal.http.HttpTransport.perform', 'HttpTransport.kt')), true);
    assert.equal(isLibraryFrame(frame('com.google.ai.client.generativeai.GenerativeModel.generateContent', 'GenerativeModel.kt')), true);
    // Control: the app's own Kotlin class.
    assert.equal(isLibraryFrame(frame('com.example.chat.ChatViewModel$send$1.invokeSuspend', 'ChatViewModel.kt')), false);
    const stack = (cls: string) =>
      [
        `Exception in thread "main" ${cls}: Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.`,
        '\tat com.aallam.openai.client.internal.http.HttpTransport.openAIAPIException(HttpTransport.kt:91)',
        '\tat com.aallam.openai.client.internal.api.ChatApi.chatCompletion(ChatApi.kt:23)',
        '\tat com.example.MainKt.main(Main.kt:12)',
        '',
      ].join('\n');
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.userFrame?.file}:${i.userFrame?.line}`);
    assert.deepEqual(read(stack('com.aallam.openai.api.exception.AuthenticationException')), ['openai/invalid-token/401/Main.kt:12']);
    // Control: a class that names no status leaves it unstated.
    assert.deepEqual(read(stack('com.aallam.openai.api.exception.OpenAIAPIException')), ['openai/invalid-token/null/Main.kt:12']);
  });

  it("reads LangChain4j's ModelNotFoundException as a 404; a gateway's bare Not Found under it says nothing", () => {
    const stack = (body: string) =>
      [
        `Exception in thread "main" dev.langchain4j.exception.ModelNotFoundException: ${body}`,
        '\tat dev.langchain4j.internal.ExceptionMapper$DefaultExceptionMapper.mapHttpStatusCode(ExceptionMapper.java:62)',
        '\tat com.example.App.main(App.java:7)',
        '',
      ].join('\n');
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
    assert.deepEqual(
      read(
        stack(
          '{"error":{"message":"The model `gpt-5-mini` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}}',
        ),
      ),
      ['openai/model-access/404/gpt-5-mini'],
    );
    assert.deepEqual(read(stack('{"detail":"Not Found"}')), []);
  });
});
