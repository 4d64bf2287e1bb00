import ZkGrad

// Not built yet: the placeholder shows the step's title and what it will ask for.
PlaceholderPage {}
