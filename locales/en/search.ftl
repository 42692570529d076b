## The site's search box: what kind of page a suggestion opens, why it was suggested, and the
## notes under the box. The box itself (label, placeholder, button) is in labels.ftl.

search-kind-code = Code
search-kind-range = Range
search-kind-failure = Connection failure
search-kind-scenario = Scenario
search-kind-comparison = Comparison
search-kind-profile = Protocol profile
search-matched = Matched
search-did-you-mean = Nothing matches exactly. Did you mean this?
search-profile-note = This site has no pages for the codes of a protocol profile, so the suggestion opens the range that holds the code. On the command line, closecode show { $code } --profile { $profile } prints the code's own page.
search-no-script = Without JavaScript this page cannot read what you typed. Find a number in the first table (registered codes, in order); any other number belongs to one of the ranges in the second table. Your browser's find (Ctrl+F, or ⌘F on a Mac) finds names on this page.
