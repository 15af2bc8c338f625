import ArgumentParser
import Foundation
import Veil

/// `--policy NAME|FILE` and `--policies DIR`, shared by the commands that apply a tenant policy offline.
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: "Policy name (from --policies) or path of a policy YAML file.")
    var policy: String = "default"

    @Option(name: .long, help: "Directory of policy files.")
    var policies: String = "policies"

    func load() throws -> Policy {
        let directory = ResourceLocator.locate(policies)
        let named = policy.contains("/") ? ResourceLocator.locate(policy) : policy
        do {
            return try PolicyLoader.load(named: named, directory: directory)
        } catch let error as PolicyError {
            throw ValidationError(error.description)
        }
    }
}
