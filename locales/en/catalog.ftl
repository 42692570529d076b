# The comments of `closecode catalog`, the export of a whole catalog as Fluent text: what the
# file is, what each group and message is for, and which variables a message takes.

catalog-header = closecode's texts in { $tag }. Every message id starts with { $prefix }, so the file can sit in one bundle with an application's own messages. Translate the text after each = sign: the value and every .attribute. Keep the ids, the attribute names, the placeables in braces (variables such as $code) and the code between backticks as they are. A select expression picks its words by a number: keep its variants, or use the plural categories of your language.
catalog-group-codes = Registered close codes: the name, then what the code means (.description), when you see it (.symptom), how to fix it (.remedy), its usual cause (.cause), when to send it (.sending), how to react when you receive it (.receiving) and a message for end users (.user).
catalog-group-ranges = Ranges: the texts for every code of a range that has no entry of its own, with the attributes of the codes.
catalog-group-labels = Labels, headings, phrases and sentences of the pages, the command line and the API.
catalog-group-failures = Connection failures, which end without a close code: the name, what it means (.description), when you see it (.symptom), what to do (.remedy) and a message for end users (.user).
catalog-group-scenarios = Scenarios, starting from what the reader sees: the title, what is seen (.seen), then the numbered causes (.cause-N), checks (.check-N) and fixes (.fix-N). Keep every numbered item.
catalog-group-profiles = Protocol profiles: what each protocol is, then its codes and ranges, with the attributes of the failures.
catalog-code = Close code { $code }.
catalog-range = Codes { $first } to { $last } without an entry of their own.
catalog-label = A label or a sentence.
catalog-failure = Failure { $id }.
catalog-scenario = Scenario { $id }.
catalog-profile = What { $profile } is, in one sentence.
catalog-profile-code = Code { $first } of { $profile }.
catalog-profile-range = Codes { $first } to { $last } of { $profile }.
catalog-variables = Variables: { $list }.
catalog-no-variables = No variables.
