metadata(version="1.0.0")
package("textutil")
